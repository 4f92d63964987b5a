import { catalog, type Catalog } from "../i18n";

/** Every enabled language by its own name, each a large touch target. */
export function LanguagePicker(props: {
  c: Catalog;
  languages: string[];
  current: string;
  onPick: (tag: string) => void;
  onBack: () => void;
}) {
  const { c, languages, current, onPick, onBack } = props;
  return (
    <main class="screen language" data-screen="language">
      <h1 class="screen-title">{c.t("language-title")}</h1>
      <div class="language-grid" role="list">
        {languages.map((tag) => {
          const own = catalog(tag);
          return (
            <button
              key={tag}
              type="button"
              role="listitem"
              class={`touch language-option${tag === current ? " selected" : ""}`}
              lang={tag}
              dir={own.dir}
              data-testid={`language-${tag}`}
              aria-pressed={tag === current}
              onClick={() => onPick(tag)}
            >
              {own.nativeName}
            </button>
          );
        })}
      </div>
      <button class="touch secondary back" type="button" data-testid="back" onClick={onBack}>
        {c.t("language-back")}
      </button>
    </main>
  );
}
