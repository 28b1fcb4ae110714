// The per-response nonce the web host writes into index.html (`<meta name="csp-nonce">`) and allows in
// `style-src`: antd injects <style> tags at run time, which the strict CSP refuses without it. Absent in
// tests and builds served without a nonce; antd then injects plain tags.
export function readCspNonce(doc: Document): string | undefined {
  const content = doc.querySelector('meta[name="csp-nonce"]')?.getAttribute('content')?.trim();
  return content ? content : undefined;
}
