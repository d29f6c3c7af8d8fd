import { describe, expect, test } from 'vitest';
import { groupBlocks, joinLines, type Line } from '@/utils/image-text/blocks';
import { imageFileId, isImageHostUrl } from '@/utils/image-text/file-id';
import { isNumberOrPrice, isWatermark, skipReason } from '@/utils/image-text/filter';
import { placement, scaleBox } from '@/utils/image-text/scale';

/** A line whose left edge is x, top y, of width w and height h (axis-aligned unless angle). */
const line = (text: string, x: number, y: number, w: number, h: number, angle = 0): Line => ({ text, score: 0.9, rect: { cx: x + w / 2, cy: y + h / 2, width: w, height: h, angle } });

describe('blocks and reading order', () => {
  test('a caption on two lines is one text; CJK lines join without a space', () => {
    const blocks = groupBlocks([line('五家小众咖啡馆', 120, 160, 300, 50), line('上海最值得去的', 110, 100, 320, 50)]);
    expect(blocks.map((b) => b.text)).toEqual(['上海最值得去的五家小众咖啡馆']);
    expect(blocks[0]!.box).toEqual({ x: 110, y: 100, width: 320, height: 110 });
  });

  test('English lines join with a space; a hyphenated word is mended', () => {
    expect(joinLines('My first week', 'on RedNote')).toBe('My first week on RedNote');
    expect(joinLines('beauti-', 'ful day')).toBe('beautiful day');
  });

  test('a list: each item its own block, in order, after its title', () => {
    const blocks = groupBlocks([line('2. 保湿面霜', 56, 292, 171, 36), line('夏天必买清单', 60, 85, 259, 44), line('1. 防晒霜', 56, 221, 139, 36), line('3. 卸妆油', 56, 363, 140, 36)]);
    expect(blocks.map((b) => b.text)).toEqual(['夏天必买清单', '1. 防晒霜', '2. 保湿面霜', '3. 卸妆油']);
  });

  test('a tight list (items as close as a caption’s lines): a list marker still starts a new block', () => {
    const blocks = groupBlocks([line('1. 防晒霜', 56, 100, 139, 36), line('2. 保湿面霜', 56, 140, 171, 36), line('① 早上', 56, 180, 120, 36), line('② 晚上', 56, 220, 120, 36)]);
    expect(blocks.map((b) => b.text)).toEqual(['1. 防晒霜', '2. 保湿面霜', '① 早上', '② 晚上']);
  });

  test('text of another size or far below is another block; same row reads left to right', () => {
    const blocks = groupBlocks([line('Everyone was so kind', 48, 529, 300, 34), line('right label', 300, 20, 100, 20), line('My first week', 48, 128, 280, 48), line('left label', 20, 22, 100, 20)]);
    expect(blocks.map((b) => b.text)).toEqual(['left label', 'right label', 'My first week', 'Everyone was so kind']);
  });

  test('a tilted line keeps its angle for the overlay', () => {
    const [block] = groupBlocks([line('今天的晚霞太美了', 40, 269, 329, 60, -0.14)]);
    expect(block!.angle).toBeCloseTo(-0.14);
  });
});

describe('the image file id (cache key)', () => {
  test('the last path segment before "!", whatever host, signature or style', () => {
    const id = '1040g2sg31c5hd7rq6m6g5p8a0bc4l0o2k8ovk0o';
    expect(imageFileId(`https://sns-webpic-qc.xhscdn.com/202412041200/5f1c0ffee0ddba11/${id}!nd_dft_wlteh_webp_3`)).toBe(id);
    expect(imageFileId(`https://sns-webpic-qc.xhscdn.com/202501010000/aaaa/${id}!nd_prv_wlteh_jpg_3`)).toBe(id);
    expect(imageFileId(`https://sns-img-hw.xhscdn.com/${id}`)).toBe(id);
    expect(imageFileId(`https://ci.xiaohongshu.com/spectrum/${id}?imageView2/2/w/1080/format/jpg`)).toBe(id);
  });
  test('no id from nonsense', () => {
    expect(imageFileId('not a url')).toBeNull();
    expect(imageFileId('https://sns-img-hw.xhscdn.com/')).toBeNull();
  });
  test('only https on RedNote image hosts is read', () => {
    expect(isImageHostUrl('https://sns-webpic-qc.xhscdn.com/a/b/c!d')).toBe(true);
    expect(isImageHostUrl('https://ci.xiaohongshu.com/abc')).toBe(true);
    expect(isImageHostUrl('https://xhscdn.com.evil.example/abc')).toBe(false);
    expect(isImageHostUrl('http://sns-img-hw.xhscdn.com/abc')).toBe(false);
    expect(isImageHostUrl('data:image/svg+xml,<svg/>')).toBe(false);
  });
});

describe('what is not sent', () => {
  test('the watermark: 小红书 and the Red ID', () => {
    for (const text of ['小红书', '小红书号：95270001', '小红书号: 123abc', 'RED ID: 1234']) expect(isWatermark(text), text).toBe(true);
    for (const text of ['小红书必买清单', '拍摄地点：杭州西湖', 'my id is here']) expect(isWatermark(text), text).toBe(false);
  });
  test('lone numbers and prices', () => {
    for (const text of ['¥128', '￥128', '$9.99', 'NT$ 350', '128元', '3.5折', '12:30', '2024.12.01', '50%', '1/3']) expect(isNumberOrPrice(text), text).toBe(true);
    for (const text of ['128元一杯的咖啡', 'Top 5 cafes', '1. 防晒霜']) expect(isNumberOrPrice(text), text).toBe(false);
  });
  test('text in the reader’s language is not sent; Chinese for an English reader is', async () => {
    expect(await skipReason('上海最值得去的五家小众咖啡馆', 'en')).toBeNull();
    expect(await skipReason('上海最值得去的五家小众咖啡馆', 'zh-CN')).toBe('target-language');
    expect(await skipReason('Everyone was so kind', 'en')).toBe('target-language');
    expect(await skipReason('Everyone was so kind', 'zh-CN')).toBeNull();
    expect(await skipReason('小红书号：95270001', 'en')).toBe('watermark');
    expect(await skipReason('¥128', 'zh-CN')).toBe('number');
  });
});

describe('from image pixels to the displayed image', () => {
  const natural = { width: 1080, height: 1440 };
  test('fill stretches each axis', () => {
    const p = placement(natural, { width: 540, height: 540 }, 'fill');
    expect(scaleBox({ x: 108, y: 144, width: 216, height: 288 }, p, { width: 540, height: 540 })).toEqual({ x: 54, y: 54, width: 108, height: 108 });
  });
  test('contain: letterboxed, centred', () => {
    const shown = { width: 600, height: 600 };
    const p = placement(natural, shown, 'contain');
    expect(p.scaleX).toBeCloseTo(600 / 1440);
    expect(p.offsetX).toBeCloseTo((600 - 1080 * (600 / 1440)) / 2);
    const box = scaleBox({ x: 0, y: 0, width: 1080, height: 1440 }, p, shown);
    expect(box.x).toBeCloseTo(75);
    expect(box.width).toBeCloseTo(450);
  });
  test('cover: cropped, and boxes clipped to what is shown', () => {
    const shown = { width: 600, height: 600 };
    const p = placement(natural, shown, 'cover');
    expect(p.offsetY).toBeCloseTo((600 - 1440 * (600 / 1080)) / 2);
    const box = scaleBox({ x: 0, y: 0, width: 1080, height: 100 }, p, shown);
    expect(box.y).toBe(0);
    expect(box.height).toBe(0); // entirely above what is shown
  });
});
