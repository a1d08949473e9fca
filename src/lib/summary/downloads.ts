// The files an analyst downloads from a year's summary page (年度公示 → 下载), made on the site by
// src/routes/summary/[year]/download: each edition's PDF and workbook, and the feedback sheets.
import type { Edition } from './load';

export const DOWNLOAD_KINDS = ['pdf', 'xlsx', 'feedback'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

export interface Download {
	kind: DownloadKind;
	edition: Edition;
	/** the button's label (Chinese; the page translates it) */
	label: string;
}

export const DOWNLOADS: Download[] = [
	{ kind: 'pdf', edition: 'public', label: '公示版 PDF' },
	{ kind: 'xlsx', edition: 'public', label: '公示版 XLSX' },
	{ kind: 'pdf', edition: 'internal', label: '内部版 PDF' },
	{ kind: 'xlsx', edition: 'internal', label: '内部版 XLSX' },
	{ kind: 'feedback', edition: 'internal', label: '各单位反馈单（ZIP）' }
];

export function isDownload(kind: string | null, edition: string | null): Download | undefined {
	return DOWNLOADS.find((d) => d.kind === kind && d.edition === edition);
}
