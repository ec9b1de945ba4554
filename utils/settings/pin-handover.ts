/** Where the background leaves a PIN for the PIN window, under the one-time token in the window's address. */
export const pinKey = (token: string) => `pin:${token}`;
