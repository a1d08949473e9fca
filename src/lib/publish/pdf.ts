// The self-contained summary printed to an A4 PDF by headless Chromium. The file is opened with
// every request that would leave it refused, so a PDF that looks right proves the HTML needs
// nothing else; the requests refused are returned (none, for a good file).
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.js';

export async function printPdf(htmlPath: string, pdfPath: string): Promise<{ refused: string[] }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const refused: string[] = [];
		await page.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('data:') || url === pathToFileURL(htmlPath).href) return route.continue();
			refused.push(url);
			return route.abort();
		});
		await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		// Size, margins, the edition's running head and the page numbers are the document's own
		// (@page and its margin boxes), so a reader printing the HTML gets the same pages; Chromium's
		// header and footer would be drawn over them, without the document's font.
		await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
		return { refused };
	} finally {
		await browser.close();
	}
}
