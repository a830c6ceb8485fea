// Text put into the printable pages' HTML (the debrief, the briefing cards): one escape for both.

/** `text` safe inside an HTML element or a double-quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
