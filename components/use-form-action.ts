"use client";
import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for forms that keep what the user typed when the server refuses it: React resets
 * a form after its `action` runs, so scripted submits dispatch by hand instead. Without scripts the
 * form still posts through `action`.
 */
export function useFormAction<S extends object>(action: (state: Awaited<S>, formData: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, action: dispatch, onSubmit, pending };
}
