/**
 * The text of the QR code in an image (a photo taken with the phone's camera through the file
 * input, or a scan): the browser's BarcodeDetector where there is one (Android Chrome), else jsQR,
 * loaded only then.
 */
interface Detector {
  detect(image: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

export async function readQrCode(file: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  try {
    const Native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
    if (Native) {
      try {
        const [found] = await new Native({ formats: ['qr_code'] }).detect(bitmap);
        if (found) return found.rawValue;
      } catch {
        /* QR codes not supported by this detector: fall back to jsQR */
      }
    }
    // Large photos are scaled down: jsQR's time grows with the pixels, and 1600 px is plenty for a QR code.
    const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    const { default: jsQR } = await import('jsqr');
    return jsQR(data, width, height)?.data;
  } finally {
    bitmap.close();
  }
}
