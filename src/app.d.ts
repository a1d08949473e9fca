// See https://svelte.dev/docs/kit/types#app.d.ts for information about these interfaces.
// The site's pages and messages are in Chinese (zh-CN).
declare global {
	namespace App {
		/** The body of an error page: `error(status, { message })`, message in Chinese. */
		interface Error {
			message: string;
		}
		/** The reader's language (lang cookie) and the person signed in, if any (hooks.server.ts). */
		interface Locals {
			lang: import('$lib/i18n').Lang;
			user: import('$lib/server/session').User | undefined;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
