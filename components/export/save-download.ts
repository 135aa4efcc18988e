/**
 * Hands a fetched file to the browser as a download, named as the server's Content-Disposition
 * says. Returns the file name.
 */
export async function saveDownload(response: Response): Promise<string> {
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "backstory-export";
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the file before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** The JSON error body of the export and import routes, or a generic message. */
export async function errorBodyOf(response: Response): Promise<{
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  problems?: string[];
  problemCount?: number;
}> {
  try {
    return await response.json();
  } catch {
    return { message: "Something went wrong on the server. Try again in a moment." };
  }
}
