import { articleSchema } from "../articles/article-schema";
import { createDeviceCollection } from "../device/device-collection";

/** Saved articles kept whole on the device, by id; checked against the article schema when read. */
export const savedCopies = createDeviceCollection(
  "saved-articles",
  articleSchema,
);
