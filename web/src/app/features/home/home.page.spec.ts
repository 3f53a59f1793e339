import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../../testing/translations';
import { HomePage } from './home.page';

describe('HomePage', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTestTranslations()] });
    await firstValueFrom(TestBed.inject(TranslateService).use('en'));
  });

  it('shows the number of courses once the API answers', async () => {
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/health').flush({ status: 'ok', courses: 9 });
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid=platform-status]').textContent).toContain('9 courses');
  });

  it('says so when the API cannot be reached', async () => {
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/health').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('cannot be reached');
  });
});
