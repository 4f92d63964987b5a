// The camera: the live picture with the codes it decodes laid over it and
// its frame rate, the cameras the system has, and the feed's health. The
// preview runs only while this page is open.
import { useEffect, useRef, useState } from "preact/hooks";
import { onPreview, type PreviewFrame } from "../backend";
import {
  onDecoded,
  staffCameraPreview,
  staffCameras,
  staffPickCamera,
  type CameraDevice,
  type CameraInfo,
  type DecodedCode,
} from "../staff-backend";
import { CAMERA_KEYS, CODE_KEYS, cameraTone, label, type StaffEnv } from "./env";
import { CameraIcon } from "./icons";

/** Decoded codes kept on the overlay. */
const DECODED_KEPT = 5;

export function CameraPage({ env }: { env: StaffEnv }) {
  const { c, count, clock } = env;
  const [started, setStarted] = useState<CameraInfo | null>(null);
  const [devices, setDevices] = useState<CameraDevice[] | null>(null);
  const [frame, setFrame] = useState<PreviewFrame | null>(null);
  const [codes, setCodes] = useState<DecodedCode[]>([]);
  const [picked, setPicked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const call = useRef(env.call);
  call.current = env.call;

  useEffect(() => {
    let live = true;
    const stops: (() => void)[] = [];
    const keep = (p: Promise<() => void>) =>
      p.then(
        (stop) => (live ? stops.push(stop) : stop()),
        (e: unknown) => console.error("camera events:", e),
      );
    void keep(onPreview((f) => live && setFrame(f)));
    void keep(onDecoded((code) => live && setCodes((list) => [code, ...list].slice(0, DECODED_KEPT))));
    void call.current(() => staffCameraPreview(true)).then((info) => live && info && setStarted(info));
    void call.current(staffCameras).then((list) => live && setDevices(list ?? []));
    return () => {
      live = false;
      for (const stop of stops) stop();
      // Leaving the page stops the preview (a session already over needs no stop).
      staffCameraPreview(false).catch((e: unknown) => console.error("camera preview off:", e));
    };
  }, []);

  const info = env.overview?.camera ?? started;
  const pick = (index: number) => {
    setBusy(true);
    void env.call(() => staffPickCamera(index)).then((i) => {
      setBusy(false);
      if (!i) return;
      setPicked(index);
      setStarted(i);
      const name = devices?.find((d) => d.index === index)?.name ?? String(index);
      env.toast(c.t("staff-camera-picked", { name }));
    });
  };

  return (
    <div class="staff-page camera-page" data-testid="staff-camera">
      <section class="camera-view" aria-live="off">
        {frame ? (
          <img
            class="camera-live"
            data-testid="staff-camera-preview"
            src={`data:image/jpeg;base64,${frame.jpeg}`}
            width={frame.width}
            height={frame.height}
            alt=""
          />
        ) : (
          <div class="camera-wait">
            <CameraIcon size={56} />
            <span>{c.t("staff-camera-waiting")}</span>
          </div>
        )}
        {info && (
          <span class="fps-badge" data-testid="staff-camera-fps" data-fps={info.fps}>
            {c.t("staff-camera-fps-value", { fps: Math.round(info.fps * 10) / 10 })}
          </span>
        )}
        <div class="decode-overlay" data-testid="staff-decoded" data-count={codes.length}>
          {codes.length === 0 ? (
            <span class="decode-empty">{c.t("staff-camera-decoded-none")}</span>
          ) : (
            codes.map((code, i) => (
              <div key={`${code.atMs}-${i}`} class={`decoded kind-${code.kind}`} data-kind={code.kind}>
                <span class="chip">{label(c, CODE_KEYS, code.kind)}</span>
                <span class="mono decoded-text" dir="ltr">
                  {code.text}
                </span>
                <span class="decoded-meta">
                  {code.symbology} · {clock(code.atMs)}
                </span>
              </div>
            ))
          )}
        </div>
      </section>

      <section class="camera-side">
        <div class="card">
          <h2 class="card-title">{c.t("staff-camera-feed")}</h2>
          {info ? (
            <dl class="facts">
              <div class="fact">
                <dt>{c.t("staff-camera-health")}</dt>
                <dd>
                  <span class={`chip tone-${cameraTone(info.health)}`} data-testid="staff-camera-health" data-health={info.health}>
                    {label(c, CAMERA_KEYS, info.health)}
                  </span>
                </dd>
              </div>
              <div class="fact">
                <dt>{c.t("staff-camera-fps")}</dt>
                <dd>{c.t("staff-camera-fps-value", { fps: Math.round(info.fps * 10) / 10 })}</dd>
              </div>
              <div class="fact">
                <dt>{c.t("staff-camera-frames")}</dt>
                <dd>{count(info.framesTotal)}</dd>
              </div>
              <div class="fact">
                <dt>{c.t("staff-camera-source")}</dt>
                <dd class="mono" dir="ltr">
                  {info.source}
                </dd>
              </div>
              {info.fault && (
                <div class="fact fault">
                  <dt>{c.t("staff-camera-fault")}</dt>
                  <dd class="mono" dir="ltr">
                    {info.fault}
                  </dd>
                </div>
              )}
            </dl>
          ) : (
            <p class="hint">{c.t("staff-loading")}</p>
          )}
        </div>
        <div class="card device-card">
          <h2 class="card-title">{c.t("staff-camera-devices")}</h2>
          {devices !== null && devices.length === 0 && <p class="empty small">{c.t("staff-camera-none")}</p>}
          <div class="device-list scroll">
            {devices?.map((d) => (
              <button
                key={d.index}
                type="button"
                class={`touch choice device-choice${picked === d.index ? " selected" : ""}`}
                data-testid={`staff-camera-${d.index}`}
                aria-pressed={picked === d.index}
                disabled={busy}
                onClick={() => pick(d.index)}
              >
                <span class="device-index">{count(d.index)}</span>
                <bdi>{d.name}</bdi>
              </button>
            ))}
          </div>
        </div>
      </section>
    </div>
  );
}
