"""What a sign-in proved before the pipeline runs (``signin.pipeline``).

Each entry point checks its own proof (a password against its hash, a passkey's assertion, a
second factor against its challenge, a reset code against the mailbox) and hands the pipeline
a ``Proof``: how the person signed in, and what the pipeline needs to finish the sign-in the
same way for every proof.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from service.accounts.assurance import SECOND_FACTORS, AuthenticationMethod, Methods
from service.db.models import User


@dataclass(frozen=True, slots=True)
class Proof:
    """A checked proof of who is signing in.

    ``password`` is the password typed, when one was: an outdated hash is renewed with it.
    ``verified_hash`` is the hash a password was checked against: the sign-in stands only
    while it is still the account's. ``new_password_hash`` marks a password reset: the code
    proved the mailbox, and the new password is set once every factor is in.
    """

    methods: Methods
    password: str | None = None
    verified_hash: str | None = None
    new_password_hash: str | None = None

    @classmethod
    def of_password(cls, password: str, verified_hash: str) -> Proof:
        return cls((AuthenticationMethod.PASSWORD,), password=password, verified_hash=verified_hash)

    @classmethod
    def of_passkey(cls) -> Proof:
        return cls((AuthenticationMethod.PASSKEY,))

    @classmethod
    def of_email_code(cls) -> Proof:
        """A sign-in code mailed to the account's address: it proves the mailbox only."""
        return cls((AuthenticationMethod.EMAIL_CODE,))

    @classmethod
    def of_external(cls) -> Proof:
        """An identity at an external provider linked to the account."""
        return cls((AuthenticationMethod.EXTERNAL,))

    @classmethod
    def of_first_method(cls, method: AuthenticationMethod, user: User) -> Proof:
        """The first factor a sign-in challenge was issued after, for ``completeLogin``: a
        password only while it is still the account's."""
        if method == AuthenticationMethod.PASSWORD:
            return cls((method,), verified_hash=user.password_hash)
        return cls((method,))

    @classmethod
    def of_reset(cls, new_password_hash: str) -> Proof:
        """A reset code: it proves the mailbox, the way in of a forgotten password, and the
        new password typed becomes the account's."""
        methods = (AuthenticationMethod.EMAIL_CODE, AuthenticationMethod.PASSWORD)
        return cls(methods, new_password_hash=new_password_hash)

    def completed_by(self, method: AuthenticationMethod) -> Proof:
        """This proof with its second factor; the password itself is not kept."""
        return replace(self, methods=(*self.methods, method), password=None)

    @property
    def complete(self) -> bool:
        """Whether every factor an account can ask for is in (a passkey, or a second one)."""
        return any(method in SECOND_FACTORS for method in self.methods)

    @property
    def first_method(self) -> AuthenticationMethod:
        return self.methods[0]

    @property
    def proves_mailbox(self) -> bool:
        """A mailed code (a sign-in code, a reset) proves the account's address."""
        return AuthenticationMethod.EMAIL_CODE in self.methods

    @property
    def resets_password(self) -> bool:
        return self.new_password_hash is not None

    def holds_for(self, row: User) -> bool:
        """Whether the proof still stands for the account row as it is now (after another
        write won the compare-and-set): a password only while it is still the account's."""
        return self.verified_hash is None or row.password_hash == self.verified_hash
