import { useT } from "../useT";
import { quoted } from "../../core/problem";
import { RuleText } from "./RuleText";
import type { CountField } from "./useCountField";

/** Why a field is not what the app uses (or why a stepper is blocked), under the field it is about. */
export function FieldNote({ field }: { field: CountField }) {
  const t = useT();
  const m = field.message;
  if (!m) return null;
  const { min, max } = field.range;
  const keeping = <span className="field-keeping">{t("controls.keeping", { value: field.value })}</span>;
  let body;
  if (m.kind === "parse") {
    const p = m.problem;
    const text = p.kind === "empty" ? "" : quoted(p.text);
    body = (
      <>
        <span className="field-rule">{t(`controls.problem.${p.kind}`, { name: field.name, min, max, text })}</span> {keeping}
      </>
    );
  } else if (m.kind === "rule") {
    body = (
      <>
        <RuleText problem={m.problem} /> {keeping}
      </>
    );
  } else {
    body =
      m.problem === null ? (
        <span className="field-rule">{t("controls.blockedRange", { name: field.name, min, max })}</span>
      ) : (
        <RuleText problem={m.problem} lead={t("controls.blocked", { target: m.target })} />
      );
  }
  return (
    <p id={field.messageId} className="field-note" data-kind={m.kind}>
      {body}
    </p>
  );
}
