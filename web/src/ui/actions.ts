// The pages that act on a list they show (members, admin): run the action, then show the list again,
// or the error in the page's alert.
export function actThenReload(setError: (message: string | null) => void, reload: () => Promise<unknown>) {
  return (work: Promise<unknown>) =>
    work.then(
      () => {
        setError(null);
        return reload();
      },
      (e: Error) => setError(e.message),
    );
}
