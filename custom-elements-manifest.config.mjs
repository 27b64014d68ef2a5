// The custom-elements manifest (custom-elements.json), read by editors, Storybook and docs.

/** The declarations of the manifest's custom elements. */
function* elementsOf(customElementsManifest) {
  for (const module of customElementsManifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.customElement) yield declaration;
}

/**
 * The analyzer also lists each `dispatchEvent(new TisXEvent(...))` it sees, named after a
 * variable or not at all (`undefined`, `event`). The documented `@fires {Type} name` entries are
 * the truth: drop the guessed ones whose type a documented event already has, and fail the build
 * on an event left without a `tis-` name or a type.
 */
const namedEvents = {
  name: 'tis-named-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of elementsOf(customElementsManifest)) {
      if (!declaration.events) continue;
      const documented = new Set(
        declaration.events.filter((e) => e.name?.startsWith('tis-')).map((e) => e.type?.text),
      );
      declaration.events = declaration.events.filter(
        (e) => e.name?.startsWith('tis-') || !documented.has(e.type?.text),
      );
      for (const event of declaration.events)
        if (!event.name?.startsWith('tis-') || !event.type?.text)
          throw new Error(
            `${declaration.tagName}: event ${event.name} (${event.type?.text}) needs @fires {Type} tis-name in its JSDoc`,
          );
    }
  },
};

/**
 * The widgets declare their reactive properties in `static properties` (no decorators: Lit's
 * decorator code costs every page about 0.4 kB). The analyzer lists each entry as a field, so an
 * internal state (`{ state: true, attribute: false }`) whose class field is `@internal` would come
 * back as a bare public field: no type, no description, no attribute. Drop those.
 */
const internalStates = {
  name: 'tis-internal-states',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of elementsOf(customElementsManifest)) {
      if (!declaration.members) continue;
      declaration.members = declaration.members.filter(
        (m) =>
          !(
            m.kind === 'field' &&
            (m.privacy ?? 'public') === 'public' &&
            !m.type &&
            !m.description &&
            !m.attribute &&
            !m.default &&
            !m.readonly &&
            !m.static
          ),
      );
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  // src/map/: `<tis-france-map>` is internal, drawn by the counter and the feed (not a widget).
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/cli/**', 'src/map/**'],
  outdir: '.',
  litelement: true,
  plugins: [namedEvents, internalStates],
};
