/** A copy of `array` in a new typed array of `size` elements (the rest zero): growing a buffer. */
export function grownInt32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(size);
  larger.set(array);
  return larger;
}
