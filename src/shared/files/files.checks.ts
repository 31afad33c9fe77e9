import type { MaterialCheck, MaterialCheckCode } from './files.schemas';

/**
 * What each 材料智审 finding tells the applicant (and the reviewer), in both languages, for the
 * server's refusal and the web app's advice alike (docs/decisions.md D33). `{figure}` is the measure.
 */
const TEXTS: Record<MaterialCheckCode, { zh: string; en: string }> = {
  image_too_small: {
    zh: '图片只有 {figure} 像素，无法看清内容，请重新拍摄或扫描',
    en: 'The picture is only {figure} pixels: nothing in it can be read; photograph or scan it again',
  },
  image_unreadable: {
    zh: '图片内容无法读取（文件可能已损坏），请重新拍摄或扫描',
    en: 'The picture cannot be read (the file may be damaged); photograph or scan it again',
  },
  blank: { zh: '页面几乎是空白的，请确认拍摄或扫描的是材料本身', en: 'The page is almost blank; check that you photographed or scanned the material itself' },
  low_resolution: {
    zh: '图片分辨率较低（{figure}），小字可能看不清，建议重新拍摄',
    en: 'The picture is small ({figure}); small print may not be legible, consider retaking it',
  },
  too_dark: { zh: '图片偏暗，建议在光线充足处重新拍摄', en: 'The picture is dark; consider retaking it in better light' },
  blurred: { zh: '图片可能模糊，建议对焦后重新拍摄', en: 'The picture may be out of focus; consider retaking it' },
  pdf_encrypted: {
    zh: 'PDF 已加密或设置了打开密码，审核人员无法查看，请上传未加密的文件',
    en: 'The PDF is encrypted or password-protected, so reviewers cannot open it; upload an unencrypted copy',
  },
  pdf_no_pages: { zh: 'PDF 中没有任何页面', en: 'The PDF has no pages' },
  pdf_unreadable: { zh: '无法解析该 PDF 的结构，请确认它能正常打开', en: 'The structure of this PDF could not be read; check that it opens normally' },
};

export function materialCheckText(check: MaterialCheck, lang: 'zh' | 'en'): string {
  return TEXTS[check.code][lang].replace('{figure}', check.figure ?? '');
}
