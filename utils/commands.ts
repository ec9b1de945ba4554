/** Keyboard commands, named once: the manifest declares them (wxt.config.ts), the background answers them. */
export const JOIN_NEXT_COMMAND = 'join-next';
