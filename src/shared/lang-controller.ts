import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, toLang, type Lang } from '../i18n/localize.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The controllers connected in each document, and the one observer that serves them. */
const watched = new WeakMap<
  Document,
  { observer: MutationObserver; controllers: Set<LangController> }
>();

/**
 * The interface language of an element, for every widget: its own `lang`, else the closest
 * `[lang]` ancestor (crossing shadow roots), else the document's, else French. Reactive: a change
 * of `lang` on the element or on any ancestor in the document re-renders the widget in the new
 * language (one MutationObserver per document, shared by every widget on the page).
 */
export class LangController implements ReactiveController {
  /** The closest ancestor's language (the host's own `lang` is read live, see `value`). */
  private inherited: Lang = 'fr';
  /** The language of the last render, to know whether a `lang` change needs a new one. */
  private rendered?: Lang;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * The language to render in. The host's own `lang` is read each time (a widget that declares
   * `lang` as a property sees it before the attribute is reflected); the ancestors' is kept.
   */
  get value(): Lang {
    const own = this.host.lang;
    return own ? toLang(own) : this.inherited;
  }

  hostConnected(): void {
    this.inherited = this.ancestorsLang();
    const document = this.host.ownerDocument;
    let entry = watched.get(document);
    if (!entry && typeof MutationObserver !== 'undefined') {
      const controllers = new Set<LangController>();
      const observer = new MutationObserver(() => {
        for (const controller of controllers) controller.refresh();
      });
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
      entry = { observer, controllers };
      watched.set(document, entry);
    }
    entry?.controllers.add(this);
  }

  hostUpdate(): void {
    this.rendered = this.value;
  }

  hostDisconnected(): void {
    const document = this.host.ownerDocument;
    const entry = watched.get(document);
    if (!entry) return;
    entry.controllers.delete(this);
    if (!entry.controllers.size) {
      entry.observer.disconnect();
      watched.delete(document);
    }
  }

  /**
   * Resolves the language again and re-renders if it changed. Called on `lang` mutations; a
   * widget whose ancestors live in another component's shadow root may call it too.
   */
  refresh(): void {
    this.inherited = this.ancestorsLang();
    if (this.value !== this.rendered) this.host.requestUpdate();
  }

  private ancestorsLang(): Lang {
    const parent = this.host.parentNode;
    const start = parent instanceof ShadowRoot ? parent.host : parent;
    return start instanceof Element ? resolveLang(start) : resolveLang(this.host);
  }
}
