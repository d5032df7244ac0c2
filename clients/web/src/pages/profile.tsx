// The profile: who you are to others (name, username, about, contact) and your image.
import { useState } from "react";
import { request } from "../api";
import { UpdateUser } from "../documents";
import type { UpdateOutcomeFragment } from "../gql/graphql";
import { useSession, type User } from "../session";
import { Field, Notice, ProblemAlert, Submit, problemOf, useForm, type Problem } from "../ui";
import { Card, TimeAgo, useConfirm } from "../widgets";
import { ImageInput } from "./auth";

/** An UpdateUserResult: the new user (kept by the session), or the problem to show. */
export function updated(outcome: UpdateOutcomeFragment, setUser: (user: User) => void, at = {}): Problem | null {
  if (outcome.__typename === "UpdateUserSuccess") {
    setUser(outcome.user);
    return null;
  }
  return problemOf(outcome, at);
}

/** The image, or the initials; decorative unless `alt` names it. */
export function Avatar({ user, size = "large", alt = "" }: { user: User; size?: "large" | "small"; alt?: string }) {
  const initials = `${user.firstName[0] ?? ""}${user.lastName[0] ?? ""}`.toUpperCase();
  return user.imageUrl ? (
    <img className={`avatar ${size}`} src={user.imageUrl} alt={alt} />
  ) : (
    <span className={`avatar initials ${size}`} aria-hidden="true">
      {initials || "?"}
    </span>
  );
}

function Details({ user }: { user: User }) {
  const { setUser } = useSession();
  const form = useForm({ username: user.username, firstName: user.firstName, lastName: user.lastName, bio: user.bio, contact: user.contact });
  const submit = form.run(async () => {
    const { updateUser } = await request(UpdateUser, { input: form.values });
    return updated(updateUser, setUser) ?? "Your details are saved.";
  });
  return (
    <Card title="Your details" id="details">
      <form onSubmit={submit} noValidate>
        <Field label="Username" autoComplete="username" {...form.bind("username")} />
        <div className="pair">
          <Field label="First name" autoComplete="given-name" {...form.bind("firstName")} />
          <Field label="Last name" autoComplete="family-name" {...form.bind("lastName")} />
        </div>
        <Field label="About you" multiline {...form.bind("bio")} />
        <Field label="Contact" hint="A phone number or another way to reach you (optional)." {...form.bind("contact")} />
        <ProblemAlert problem={form.problem} shown={["username", "firstName", "lastName", "bio", "contact"]} />
        {form.done && <Notice>{form.done}</Notice>}
        <Submit busy={form.busy}>Save details</Submit>
      </form>
    </Card>
  );
}

function Image({ user }: { user: User }) {
  const { setUser } = useSession();
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file input and its preview once the image is saved.
  const [chooser, setChooser] = useState(0);
  const form = useForm({});
  const { confirm, dialog } = useConfirm();
  const choose = (chosen: File | null) => {
    setFile(chosen);
    form.setProblem(null);
    form.setDone(null);
  };
  const upload = form.run(async () => {
    if (!file) return { message: "", fields: { image: "Choose an image first." } };
    const { updateUser } = await request(UpdateUser, { input: { image: null } }, { files: { "input.image": file } });
    const failed = updated(updateUser, setUser);
    if (failed) return failed;
    setFile(null);
    setChooser((n) => n + 1);
    return "Your new image is saved.";
  });
  const remove = form.run(async () => {
    const yes = await confirm({
      title: "Remove your profile image?",
      body: <p>Your initials are shown instead until you upload a new image.</p>,
      confirm: "Remove the image",
    });
    if (!yes) return null;
    const { updateUser } = await request(UpdateUser, { input: { removeImage: true } });
    return updated(updateUser, setUser) ?? "Your image was removed.";
  });
  return (
    <Card title="Profile image" id="image">
      <div className="image-row">
        <Avatar user={user} alt={user.imageUrl ? "Your profile image" : ""} />
        <form onSubmit={upload} noValidate>
          <ImageInput key={chooser} label="New image" error={form.problem?.fields.image} onFile={choose} />
          <ProblemAlert problem={form.problem} shown={["image"]} />
          {form.done && <Notice>{form.done}</Notice>}
          <div className="actions">
            <Submit busy={form.busy}>Upload</Submit>
            {user.imageUrl && (
              <button type="button" className="danger-outline" onClick={() => void remove()} disabled={form.busy}>
                Remove the image
              </button>
            )}
          </div>
        </form>
      </div>
      {dialog}
    </Card>
  );
}

export function ProfilePage({ user }: { user: User }) {
  return (
    <main>
      <div className="profile-head">
        <Avatar user={user} />
        <div>
          <h1>
            {user.firstName} {user.lastName}
          </h1>
          <p className="muted">
            @{user.username} · joined <TimeAgo iso={user.dateJoined} />
          </p>
        </div>
      </div>
      <Details key={`details-${user.id}`} user={user} />
      <Image user={user} />
    </main>
  );
}
