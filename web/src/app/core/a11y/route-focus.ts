import { DOCUMENT } from '@angular/common';
import { inject, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

const WAIT_FOR_HEADING_MS = 3000;
const RENDER_DELAY_MS = 50;

/**
 * After each in-app navigation, focus moves to the new page's main heading so that screen-reader
 * users hear where they are (WCAG 2.4.3). Pages render their <h1> once their data arrives, so we
 * wait for it briefly and fall back to <main>. The first load is left alone: the browser starts
 * at the top, where the skip link is.
 */
export function provideRouteFocus(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const router = inject(Router);
    const document = inject(DOCUMENT);
    let firstNavigation = true;
    router.events.pipe(filter((event) => event instanceof NavigationEnd)).subscribe(() => {
      if (firstNavigation) {
        firstNavigation = false;
        return;
      }
      focusMainHeading(document);
    });
  });
}

export function focusMainHeading(document: Document): void {
  const main = document.getElementById('main');
  if (!main) return;
  const focus = (target: HTMLElement) => {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
  // Wait for the navigation's change detection: until it runs, the previous page's heading may
  // still be in the DOM (a reused component with new route parameters).
  setTimeout(() => {
    const heading = main.querySelector('h1');
    if (heading) focus(heading);
    else waitForHeading(main, focus);
  }, RENDER_DELAY_MS);
}

function waitForHeading(main: HTMLElement, focus: (target: HTMLElement) => void): void {
  const observer = new MutationObserver(() => {
    const found = main.querySelector('h1');
    if (!found) return;
    observer.disconnect();
    clearTimeout(timer);
    focus(found);
  });
  const timer = setTimeout(() => {
    observer.disconnect();
    focus(main);
  }, WAIT_FOR_HEADING_MS);
  observer.observe(main, { childList: true, subtree: true });
}
