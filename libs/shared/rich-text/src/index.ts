export * from './rich-text-types';
export * from './rich-text-limits';
export * from './rich-text-schema';
export { isSafeHref, LINK_PROTOCOLS, MAX_HREF_LENGTH, schemeOf, type LinkProtocol } from './safe-href';
export { validateRichText } from './validate-rich-text';
