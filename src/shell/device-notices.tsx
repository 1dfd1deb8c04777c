import { useBrowserStore } from "../hydration";
import {
  acknowledgeStorageStatus,
  storageStatus,
} from "../device/storage-status";
import { useT } from "../i18n/use-t";
import { appUpdate } from "../offline/app-update";

/**
 * Messages about this device, floating over the page (nothing moves when one appears) in a live
 * region that is always there, so screen readers announce them: storage that stopped saving (said
 * once) and a new version of Bulletin ready to load.
 */
export function DeviceNotices() {
  const t = useT();
  const storage = useBrowserStore(
    storageStatus.subscribe,
    storageStatus.getSnapshot,
    storageStatus.getServerSnapshot,
  );
  const reload = useBrowserStore(
    appUpdate.subscribe,
    appUpdate.getSnapshot,
    appUpdate.getServerSnapshot,
  );
  return (
    <div className="device-notices" role="status">
      {storage === "unavailable" && (
        <p className="device-notice">
          {t("device.storageUnavailable")}{" "}
          <button type="button" onClick={acknowledgeStorageStatus}>
            {t("device.dismiss")}
          </button>
        </p>
      )}
      {reload && (
        <p className="device-notice">
          {t("device.updateReady")}{" "}
          <button type="button" onClick={reload}>
            {t("device.reload")}
          </button>
        </p>
      )}
    </div>
  );
}
