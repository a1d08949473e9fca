import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// The content security policy of every page: scripts only from the site itself (kit adds the
		// hash of its own inline scripts: a hash, not a nonce, since rendered pages are kept and
		// served again by the page cache), nothing fetched from elsewhere, no framing, forms
		// only to the site. Inline styles stay allowed: Svelte's style attributes and the <style> in
		// Plot's SVG charts, which cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
