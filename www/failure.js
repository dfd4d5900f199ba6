// What the reader sees when the viewer cannot start at all: in both
// languages, since the viewer's own labels need the wasm that failed.

/** The message for an error thrown while loading or starting the wasm. */
export function startFailure(error) {
  const detail = error && error.message ? error.message : String(error);
  // A Content-Security-Policy without 'wasm-unsafe-eval' refuses to compile WebAssembly.
  if (/unsafe-eval|Content Security Policy|CompileError.*(disallowed|refused)/i.test(`${error && error.name} ${detail}`)) {
    return {
      code: 'wasm-csp',
      message: 'このページのセキュリティ設定（Content-Security-Policy）が WebAssembly を許可していないため、RMP ビューアを起動できません。'
        + 'ポータルの管理者は script-src に \'wasm-unsafe-eval\' を加えてください（\'unsafe-eval\' は不要です）。'
        + ' / The RMP viewer could not start: this page\'s Content-Security-Policy does not allow WebAssembly.'
        + ' Portal administrators: add \'wasm-unsafe-eval\' to script-src (\'unsafe-eval\' is not needed).',
    };
  }
  return { code: 'wasm-load', message: `RMP ビューアを起動できませんでした。 / The RMP viewer could not start: ${detail}` };
}
