import type { AreaWords } from '../types';

/** 离线安装包（docs/bundle.md）。 */
export const bundleZh = {
  BUNDLE_MANIFEST_INVALID: {
    title: '无法读取离线安装包',
    cause: '安装包文件夹里没有可用的 “manifest.json”：文件缺失、复制时被截断，或者其中的文件名不被接受（包含文件夹、..、不可能的大小）。',
    fix: ['从制作安装包的电脑上重新复制整个 “go-wsl-setup-bundle” 文件夹。', '或者在那台电脑上用 “npm run bundle -- --out DIR” 重新制作安装包。'],
  },
  BUNDLE_FILE_MISSING: {
    title: '离线安装包缺少文件',
    cause: '清单中列出的某个文件不在安装包文件夹里，因此这一部分无法在不联网的情况下安装。',
    fix: ['把提示的文件重新复制到安装包文件夹中。', '或者让向导联网下载这一部分（向导会先征求你的同意）。'],
  },
  BUNDLE_FILE_CORRUPT: {
    title: '离线安装包中的文件已损坏',
    cause: '提示的文件大小或 SHA-256 与清单不符（复制不完整、U 盘故障或文件被改动），向导不会安装它。',
    fix: ['从制作安装包的电脑上重新复制该文件，然后重试。', '或者让向导改为联网下载这一部分（向导会先征求你的同意）。'],
  },
} satisfies AreaWords;
