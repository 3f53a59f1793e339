/**
 * Reads QR codes from images and from the camera: the browser's BarcodeDetector where there is one
 * (Android Chrome), else jsQR, loaded only then (and preloaded by the verify page while online).
 */
interface Detector {
  detect(image: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

/** Large pictures are scaled down: jsQR's time grows with the pixels, and 1600 px is plenty for a QR code. */
const MAX_SIDE = 1600;

async function decode(source: ImageBitmap | HTMLVideoElement, width: number, height: number): Promise<string | undefined> {
  const Native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
  if (Native) {
    try {
      const [found] = await new Native({ formats: ['qr_code'] }).detect(source);
      if (found) return found.rawValue;
    } catch {
      /* QR codes not supported by this detector: fall back to jsQR */
    }
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  if (w === 0 || h === 0) return undefined;
  const canvas = new OffscreenCanvas(w, h);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(source, 0, 0, w, h);
  const { data } = context.getImageData(0, 0, w, h);
  const { default: jsQR } = await import('jsqr');
  return jsQR(data, w, h, { inversionAttempts: 'dontInvert' })?.data;
}

/** The text of the QR code in a picture (a photo taken through the file input, or a scan). */
export async function readQrCode(file: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  try {
    return await decode(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

export function canUseCamera(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/**
 * Shows the back camera in `video` and reads frames (four a second) until a QR code is found or
 * `signal` aborts; the camera is always released. Rejects when the camera is refused.
 */
export async function scanWithCamera(video: HTMLVideoElement, signal: AbortSignal): Promise<string | undefined> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  try {
    video.srcObject = stream;
    video.muted = true;
    video.playsInline = true;
    await video.play();
    while (!signal.aborted) {
      if (video.videoWidth > 0) {
        const text = await decode(video, video.videoWidth, video.videoHeight);
        if (text) return text;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return undefined;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
