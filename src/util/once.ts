// A value made on first use, once: a look-up or client a job needs only on some paths, shared by
// every path that needs it.
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}
