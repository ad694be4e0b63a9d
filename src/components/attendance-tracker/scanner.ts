import type { ReactiveController, ReactiveControllerHost } from 'lit';

type BarcodeDetectorLike = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
type DetectorClass = new (o: { formats: string[] }) => BarcodeDetectorLike;

/** Formats a badge or a ticket carries. */
const FORMATS = ['qr_code', 'code_128', 'code_39', 'ean_13'];
/** Time between two frames read. */
const FRAME_MS = 300;

/**
 * The camera badge scanner, where the browser has `BarcodeDetector` and a camera: reads a frame
 * every 300 ms and hands each new code to `onCode` (the same code twice in a row once).
 */
export class CameraScanner implements ReactiveController {
  /** True while the camera runs. */
  on = false;
  private stream?: MediaStream;

  constructor(
    private host: ReactiveControllerHost & { updateComplete: Promise<unknown> },
    private video: () => HTMLVideoElement | undefined,
    private onCode: (code: string) => Promise<void>,
    private onError: () => void,
  ) {
    host.addController(this);
  }

  /** Whether this browser can scan with the camera. */
  static get supported(): boolean {
    return 'BarcodeDetector' in globalThis;
  }

  hostDisconnected(): void {
    this.stop();
  }

  async start(): Promise<void> {
    const Detector = (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    if (!Detector || !navigator.mediaDevices?.getUserMedia) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      this.on = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      const video = this.video()!;
      video.srcObject = this.stream;
      await video.play();
      const detector = new Detector({ formats: FORMATS });
      let last = '';
      const tick = async () => {
        if (!this.on) return;
        try {
          const [code] = await detector.detect(video);
          if (code && code.rawValue !== last) {
            last = code.rawValue;
            await this.onCode(code.rawValue);
          }
        } catch {
          /* a frame that cannot be read */
        }
        setTimeout(tick, FRAME_MS);
      };
      void tick();
    } catch {
      this.stop();
      this.onError();
    }
  }

  stop(): void {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = undefined;
    if (this.on) {
      this.on = false;
      this.host.requestUpdate();
    }
  }
}
