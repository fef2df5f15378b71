import { useAppStoreApi } from "../../store";
import { useT } from "../useT";

/**
 * Stride 1 inserts no zeros, so the zero-insertion view is only the border and the rotated
 * kernel: it says so in one line and offers the stride that shows what the view is about.
 */
export function StrideOneNote() {
  const t = useT();
  const api = useAppStoreApi();
  return (
    <p className="stride-one" data-testid="stride-one">
      <span>{t("view.strideOne")}</span>{" "}
      <button type="button" className="stride-one-try" onClick={() => api.getState().setParams({ stride: [2, 2] })}>
        {t("view.strideOneTry")}
      </button>
    </p>
  );
}
