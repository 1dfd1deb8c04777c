import { INTERFACE_PENDING_ATTRIBUTE } from "../src/i18n/interface-pending.ts";

/** Where the reader's choices live; the same key as src/time/time-preferences-storage.ts. */
const STORAGE_KEY = "bulletin:time-preferences";

/**
 * The published shell's one inline script, run in <head> before first paint: marks `<html>` when
 * the interface the app will show is not English. It decides as TimePreferencesProvider does: the
 * stored `language` if it is one of `languages`, else the first of `navigator.languages` whose
 * language subtag has a catalogue, else English. Storage may throw (blocked, private mode): that
 * counts as no choice. The Content Security Policy allows exactly this text by its hash
 * (vite.config.ts), so it is written once, here, and hashed as built.
 */
export function interfacePendingScript(languages: readonly string[]): string {
  const [source] = languages;
  return (
    `(function(h,L){var c=null,i,t,p;` +
    `try{p=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)}));` +
    `if(p&&L.indexOf(p.language)>=0)c=p.language}catch(e){}` +
    `for(i=0,t=navigator.languages||[];!c&&i<t.length;i++){` +
    `try{p=new Intl.Locale(t[i]).language}catch(e){p=t[i].split(/[-_]/)[0].toLowerCase()}` +
    `if(L.indexOf(p)>=0)c=p}` +
    `if(c&&c!==${JSON.stringify(source)})h.setAttribute(${JSON.stringify(INTERFACE_PENDING_ATTRIBUTE)},"")` +
    `})(document.documentElement,${JSON.stringify(languages)})`
  );
}
