declare module 'namecase' {
  /** Properly capitalise a name ("MARÍA DE LA CRUZ" → "María de la Cruz"). */
  function nameCase(name: string, options?: { individualFields?: boolean }): string;
  namespace nameCase {
    /** True when the name is all upper or all lower case, so casing it is safe. */
    function checkName(name: string): boolean;
  }
  export default nameCase;
}
