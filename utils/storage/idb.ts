/**
 * IndexedDB's callbacks as promises, for the two stores that keep data in the extension's origin
 * (the translation cache, utils/translation/idb-store.ts; image text's results, utils/image-reader/result-cache.ts).
 */

/** A request's result, or its error. */
export function idbRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('The request failed.', 'UnknownError'));
  });
}

/** A transaction's end: complete, or why it failed or was aborted. */
export function idbTransactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new DOMException('The transaction failed.', 'UnknownError'));
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
}
