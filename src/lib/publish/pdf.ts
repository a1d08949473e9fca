// The self-contained summary printed to an A4 PDF by headless Chromium. The page is opened with
// every request that would leave it refused, so a PDF that looks right proves the HTML needs
// nothing else; the requests refused are returned (none, for a good file). One print at a time per
// process: a site whose analysts ask for several PDFs at once starts one Chromium, not several
// (two cores), the others wait their turn.
import { launchChromium } from './chromium.js';

let turn: Promise<unknown> = Promise.resolve();

export function printPdf(html: string): Promise<{ pdf: Buffer; refused: string[] }> {
	const mine = turn.then(() => print(html));
	turn = mine.catch(() => undefined);
	return mine;
}

async function print(html: string): Promise<{ pdf: Buffer; refused: string[] }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const refused: string[] = [];
		await page.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('data:')) return route.continue();
			refused.push(url);
			return route.abort();
		});
		await page.setContent(html, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		// Size, margins, the edition's running head and the page numbers are the document's own
		// (@page and its margin boxes), so a reader printing the HTML gets the same pages; Chromium's
		// header and footer would be drawn over them, without the document's font.
		const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
		return { pdf, refused };
	} finally {
		await browser.close();
	}
}
