// Errors the forms find themselves, shaped like the data layer's (a `.code`),
// so ErrorText translates both the same way. Codes may name a namespace: `incidents:errors.x`.
export const formError = (code: string): Error & { code: string } => Object.assign(new Error(code), { code });
