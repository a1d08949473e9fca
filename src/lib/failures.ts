// The two kinds of failure that the command line reports by exit status (CONTRACT.md): the input
// or the request was refused, nothing changed (1); the warehouse or a tool it needs cannot be
// used (3). Modules throw subclasses, so the command line can tell them apart without loading
// every module that might throw one.
export class Refused extends Error {
	/** Further lines to print after the message, one problem each. */
	readonly details: string[];
	constructor(message: string, details: string[] = []) {
		super(message);
		this.details = details;
	}
}

export class Unavailable extends Error {}
