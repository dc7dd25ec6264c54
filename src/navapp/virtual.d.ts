/** Provided by src/navapp/vite-plugin.ts: the bundled phone app as a string. */
declare module 'virtual:navapp' {
  const code: string;
  export default code;
}
