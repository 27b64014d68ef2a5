/**
 * Mocha's globals, as the browser test runner provides them (`@types/mocha` is not installed).
 * Function declarations merge as overloads, so a second declaration elsewhere does not clash.
 */
interface TisMochaContext {
  timeout(ms: number): void;
}
type TisMochaBody = (this: TisMochaContext) => void | Promise<unknown>;
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: TisMochaBody): void;
declare function before(body: TisMochaBody): void;
declare function after(body: TisMochaBody): void;
declare function beforeEach(body: TisMochaBody): void;
declare function afterEach(body: TisMochaBody): void;
