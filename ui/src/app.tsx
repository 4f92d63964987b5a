import { useEffect, useMemo, useState } from "preact/hooks";
import { isUiError, kioskInfo, type KioskInfo } from "./backend";
import { catalog, type Catalog } from "./i18n";
import { Attract } from "./screens/attract";
import { LanguagePicker } from "./screens/language-picker";

type Screen = "attract" | "language";

/** Applies the locale to the document: `lang` picks the right CJK glyphs, `dir` mirrors RTL. */
export function applyLocale(c: Catalog): void {
  document.documentElement.lang = c.tag;
  document.documentElement.dir = c.dir;
}

export function App() {
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [lang, setLang] = useState("en");
  const [screen, setScreen] = useState<Screen>("attract");

  useEffect(() => {
    kioskInfo()
      .then((i) => {
        setInfo(i);
        setLang(i.defaultLanguage);
      })
      .catch((e: unknown) => setFailure(isUiError(e) ? `${e.code}: ${e.message}` : String(e)));
  }, []);

  const c = useMemo(() => catalog(lang), [lang]);
  useEffect(() => applyLocale(c), [c]);

  if (failure) {
    return (
      <main class="screen out-of-order" role="alert">
        <h1>Out of order · 暂停服务</h1>
        <p class="detail">{failure}</p>
      </main>
    );
  }
  if (!info) return <main class="screen loading" aria-busy="true" />;

  switch (screen) {
    case "attract":
      return <Attract c={c} info={info} onStart={() => setScreen("language")} />;
    case "language":
      return (
        <LanguagePicker
          c={c}
          languages={info.languages}
          current={lang}
          onPick={(tag) => {
            setLang(tag);
            setScreen("attract");
          }}
          onBack={() => setScreen("attract")}
        />
      );
  }
}
