import { useState } from 'react';

const AUTHOR_KEY = 'halltwin.author';

/** The remembered name, read outside React (exports sign the report with it). */
export function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) || '';
  } catch {
    return '';
  }
}

/** The name comments are signed with, remembered in this browser so it is typed once. */
export function useRememberedAuthor(): [string, (name: string) => void] {
  const [who, setWho] = useState(rememberedAuthor);
  const remember = (name: string) => {
    setWho(name);
    try {
      localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // private mode: the name is kept for this session only
    }
  };
  return [who, remember];
}
