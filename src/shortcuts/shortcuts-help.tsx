import { useEffect, useId, useRef } from "react";
import type { InterfaceMessageId } from "../i18n/interface-catalogues";
import { useT } from "../i18n/use-t";

const SHORTCUTS: { keys: string[]; description: InterfaceMessageId }[] = [
  { keys: ["j"], description: "shortcuts.next" },
  { keys: ["k"], description: "shortcuts.previous" },
  { keys: ["o", "Enter"], description: "shortcuts.open" },
  { keys: ["s"], description: "shortcuts.save" },
  { keys: ["m"], description: "shortcuts.read" },
  { keys: ["u"], description: "shortcuts.back" },
  { keys: ["/"], description: "shortcuts.search" },
  { keys: ["?"], description: "shortcuts.help" },
];

/** A native modal dialog: focus moves in and back, Escape closes, the page behind is inert. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcuts-help"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{t("shortcuts.title")}</h2>
      <p>{t("shortcuts.intro")}</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map(({ keys, description }) => (
          <div key={description}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ` ${t("shortcuts.or")} `}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(description)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => dialog.current?.close()}>
        {t("shortcuts.close")}
      </button>
    </dialog>
  );
}
