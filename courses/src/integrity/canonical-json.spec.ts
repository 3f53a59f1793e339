import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('drops undefined members as JSON.stringify does', () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
  });

  // The bytes a version-1 certificate payload was signed over (an Arabic name, an expiry of null):
  // pinned so that a library swap cannot silently break every signature issued so far.
  it('gives the signed bytes of a certificate payload exactly', () => {
    const payload = {
      v: 1,
      code: 'VT-ABCD-2345',
      learnerName: 'محمد أحمد « Ahmed »',
      courseId: 'a1-foundations',
      courseTitle: 'Fondements de la protection des cibles vulnérables',
      issuedAt: '2026-12-07T10:00:00.000Z',
      expiresAt: null,
    };
    expect(canonicalJson(payload)).toBe(
      '{"code":"VT-ABCD-2345","courseId":"a1-foundations","courseTitle":"Fondements de la protection des cibles vulnérables","expiresAt":null,"issuedAt":"2026-12-07T10:00:00.000Z","learnerName":"محمد أحمد « Ahmed »","v":1}',
    );
  });
});
