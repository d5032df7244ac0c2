// What the service tells the page about itself: its name, its logo and the origins passkeys
// work on. The service writes them into index.html as <meta name="accounts-config"> (no inline
// script: the page's CSP allows none); `npm run dev` has no such tag and uses the defaults.

export type PageConfig = {
  productName: string;
  logoUrl: string | null;
  passkeyOrigins: string[];
  /** The admin API is on: the app asks whether the signed-in account is staff. */
  adminApi: boolean;
};

function read(): PageConfig {
  const fallback: PageConfig = { productName: "Accounts", logoUrl: null, passkeyOrigins: [window.location.origin], adminApi: false };
  const content = document.querySelector('meta[name="accounts-config"]')?.getAttribute("content");
  if (!content) return fallback;
  try {
    const given = JSON.parse(content) as Partial<PageConfig>;
    return {
      productName: typeof given.productName === "string" && given.productName ? given.productName : fallback.productName,
      logoUrl: typeof given.logoUrl === "string" ? given.logoUrl : null,
      passkeyOrigins: Array.isArray(given.passkeyOrigins) ? given.passkeyOrigins.filter((o) => typeof o === "string") : [],
      adminApi: given.adminApi === true,
    };
  } catch {
    return fallback;
  }
}

export const CONFIG: PageConfig = read();
