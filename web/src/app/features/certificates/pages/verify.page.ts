import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild, type ElementRef } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Verification } from '../../../core/models/api.models';
import { checkCredentialText, checkQrText, preloadVerifiers, type CertificateCheck } from '../data-access/certificate-check';
import { CertificateKeysStore } from '../data-access/certificate-keys.store';
import { canUseCamera, readQrCode, scanWithCamera } from '../data-access/qr-image';

/** What the page shows: a check, or why there is none. */
type Outcome = { check: CertificateCheck } | { message: 'noQr' | 'notRecognised' | 'offline' | 'noCamera' } | undefined;

/**
 * Public: anyone holding a certificate's link, QR code or credential can check it, without an
 * account — and, once the app has been opened with a connection, without one (decision 0015): the
 * QR code's signed payload and the credential's proof are checked here against the keys saved on
 * this device; revocation comes from the server when it answers, else from the saved status list,
 * whose date is shown.
 */
@Component({
  selector: 'vt-verify-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify.page.html',
  styleUrl: './verify.page.css',
})
export class VerifyPage {
  protected readonly language = inject(LanguageService);
  private readonly store = inject(CertificateKeysStore);
  private readonly window = inject(DOCUMENT).defaultView;
  /** From `verify/:code`; absent on `verify`. */
  readonly code = input<string>();
  protected readonly outcome = signal<Outcome>(undefined);
  protected readonly busy = signal(false);
  protected readonly pasted = signal('');
  protected readonly check = computed(() => {
    const outcome = this.outcome();
    return outcome && 'check' in outcome ? outcome.check : undefined;
  });
  protected readonly message = computed(() => {
    const outcome = this.outcome();
    return outcome && 'message' in outcome ? outcome.message : undefined;
  });
  protected readonly keysSavedAt = computed(() => this.store.saved()?.fetchedAt);
  protected readonly cameraAvailable = canUseCamera();
  protected readonly scanning = signal(false);
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('camera');
  private stopScan?: AbortController;

  constructor() {
    // The page's own link: a QR code's payload in the fragment is checked on this device; a bare code online.
    effect(() => {
      const code = this.code();
      const hash = this.window?.location.hash ?? '';
      void this.run(async () => {
        if (this.online()) await this.store.refresh();
        if (hash.includes('VT1.')) return this.fromText(decodeURIComponent(hash));
        return code ? this.fromCode(code) : undefined;
      }).then(() => {
        // Only once the link's own answer is shown, so that on a slow link it comes first.
        if (this.online()) preloadVerifiers();
      });
    });
  }

  protected date(value: string): string {
    return this.language.formatDate(value.length === 10 ? `${value}T12:00:00Z` : value);
  }

  protected onPaste(event: Event): void {
    this.pasted.set((event.target as HTMLTextAreaElement).value);
  }

  protected submitText(event: Event): void {
    event.preventDefault();
    const text = this.pasted();
    void this.run(() => this.fromText(text));
  }

  protected onFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    void this.run(async () => {
      if (file.type.startsWith('image/')) {
        const text = await readQrCode(file).catch(() => undefined);
        return text ? this.fromText(text) : { message: 'noQr' };
      }
      return this.fromText(await file.text());
    });
  }

  /** Live scanning: the camera until a QR code is read, or until Stop. */
  protected async scan(): Promise<void> {
    this.stopScan?.abort();
    const stop = (this.stopScan = new AbortController());
    this.outcome.set(undefined);
    this.scanning.set(true);
    try {
      // The video element is rendered once `scanning` is true.
      await new Promise((resolve) => setTimeout(resolve));
      const video = this.video()?.nativeElement;
      const text = video ? await scanWithCamera(video, stop.signal) : undefined;
      if (text) await this.run(() => this.fromText(text));
    } catch {
      this.outcome.set({ message: 'noCamera' });
    } finally {
      this.scanning.set(false);
    }
  }

  protected cancelScan(): void {
    this.stopScan?.abort();
  }

  private online(): boolean {
    return this.window?.navigator.onLine ?? true;
  }

  private async run(work: () => Promise<Outcome>): Promise<void> {
    this.busy.set(true);
    try {
      this.outcome.set(await work());
    } finally {
      this.busy.set(false);
    }
  }

  private async fromText(text: string): Promise<Outcome> {
    const online = this.online();
    const check = (await checkQrText(text, this.store, online)) ?? (await checkCredentialText(text, this.store, online));
    return check ? { check } : { message: 'notRecognised' };
  }

  /** A code alone carries no signature: only the server can say. */
  private async fromCode(code: string): Promise<Outcome> {
    try {
      const res = await fetch(`/api/certificates/verify/${encodeURIComponent(code)}`);
      if (!res.ok) return { message: 'offline' };
      const v = (await res.json()) as Verification;
      return {
        check: {
          status: v.status,
          what: 'code',
          code,
          learnerName: v.learnerName,
          courseTitle: v.courseTitle,
          issued: v.issuedAt,
          ...(v.expiresAt ? { expires: v.expiresAt } : {}),
          revocation: { source: 'online' },
        },
      };
    } catch {
      return { message: 'offline' };
    }
  }
}
