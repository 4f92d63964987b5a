// Feedback tones made with WebAudio oscillators: nothing to load, nothing to
// go missing. Staff can mute them (KioskInfo.soundsMuted).

export type Sound = "scan" | "success" | "error";

interface Tone {
  /** Hz */
  freq: number;
  /** Seconds after the start of the sound. */
  at: number;
  /** Seconds. */
  dur: number;
  type: OscillatorType;
}

const TONES: Record<Sound, Tone[]> = {
  // A short high beep, like a till.
  scan: [{ freq: 1760, at: 0, dur: 0.09, type: "square" }],
  // A rising major third.
  success: [
    { freq: 880, at: 0, dur: 0.14, type: "sine" },
    { freq: 1109, at: 0.14, dur: 0.14, type: "sine" },
    { freq: 1319, at: 0.28, dur: 0.26, type: "sine" },
  ],
  // Two low tones.
  error: [
    { freq: 330, at: 0, dur: 0.18, type: "triangle" },
    { freq: 247, at: 0.22, dur: 0.3, type: "triangle" },
  ],
};

let context: AudioContext | null = null;
let muted = false;

export function setMuted(value: boolean): void {
  muted = value;
}

/** Plays `sound` unless muted. Never throws: a kiosk without audio still works. */
export function play(sound: Sound): void {
  if (muted) return;
  try {
    const Ctor = globalThis.AudioContext;
    if (typeof Ctor !== "function") return;
    context ??= new Ctor();
    const ctx = context;
    if (ctx.state === "suspended") void ctx.resume().catch(() => undefined);
    const start = ctx.currentTime + 0.01;
    for (const tone of TONES[sound]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = tone.type;
      osc.frequency.value = tone.freq;
      const t0 = start + tone.at;
      const t1 = t0 + tone.dur;
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(0.25, t0 + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t1);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0);
      osc.stop(t1 + 0.02);
    }
  } catch (e) {
    console.error("sound:", e);
  }
}
