// next-auth provider ids, in a module of their own so client components can name them cheaply.
export const OIDC_PROVIDER_ID = "oidc";
