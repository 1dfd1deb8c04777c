/**
 * Set on `<html>` by the published shell's inline script (scripts/interface-pending-script.ts)
 * when this reader's interface will not be English: global.css keeps the page hidden while it is
 * there, so a Turkish reader never sees the English chrome a page is published with. The
 * LanguageProvider removes it once the reader's language is on screen.
 */
export const INTERFACE_PENDING_ATTRIBUTE = "data-interface-pending";
