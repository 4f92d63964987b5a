import type { Env } from "../env";
import { catalog } from "../i18n";
import { BackIcon, LargerTextToggle } from "../parts";

/**
 * Every enabled language by its own name, each a large touch target. The
 * `language` state's screen, and an overlay over shopping (`overlay`).
 */
export function LanguagePicker(props: {
  env: Env;
  onPick: (tag: string) => void;
  onBack: () => void;
  overlay?: boolean;
}) {
  const { env, onPick, onBack, overlay = false } = props;
  const { c, info, view } = env;
  return (
    <main
      class={`screen dark language${overlay ? " overlay-screen" : ""}`}
      data-screen={overlay ? "language-overlay" : "language"}
      role={overlay ? "dialog" : undefined}
      aria-modal={overlay ? true : undefined}
    >
      <div class="language-top">
        <h1 class="screen-title">{c.t("language-title")}</h1>
        <LargerTextToggle env={env} />
      </div>
      <div class="language-grid" role="list">
        {info.languages.map((tag) => {
          const own = catalog(tag);
          return (
            <button
              key={tag}
              type="button"
              role="listitem"
              class={`touch language-option${tag === view.language ? " selected" : ""}`}
              lang={tag}
              dir={own.dir}
              data-testid={`language-${tag}`}
              aria-pressed={tag === view.language}
              onClick={() => onPick(tag)}
            >
              {own.nativeName}
            </button>
          );
        })}
      </div>
      <button class="touch secondary back" type="button" data-testid="back" onClick={onBack}>
        <BackIcon /> <span>{c.t("language-back")}</span>
      </button>
    </main>
  );
}
