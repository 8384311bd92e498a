"""A complete fictitious referral letter for the letter tests and the benchmark."""

from __future__ import annotations

import io

from ksdesk.letters.referral_letter import (
    LetterAddressee,
    LetterAssessment,
    LetterClient,
    LetterContact,
    LetterDomain,
    LetterPractice,
    LetterPregnancy,
    LetterSender,
    ReferralLetter,
)


def logo_png() -> bytes:
    """A small generated logo (teal circle and a wordmark bar), drawn with Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 152, 152), fill=(47, 111, 115, 255))
    draw.ellipse((44, 44, 112, 112), fill=(255, 255, 255, 255))
    draw.rounded_rectangle((172, 54, 352, 106), radius=12, fill=(201, 220, 220, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def full_letter(**overrides: object) -> ReferralLetter:
    values: dict[str, object] = {
        "practice": LetterPractice(name="Verloskundigenpraktijk De Testhoek", agb_code="03012345",
                                   street="Voorbeeldplein 1", postcode="6211 AB", city="Maastricht",
                                   phone="0000-000000", email="praktijk@example.com"),
        "addressee": LetterAddressee(name="JGZ Voorbeeldregio", department="Team prenataal huisbezoek",
                                     street="Postbus 0000", postcode="0000 XX", city="Maastricht"),
        "date": "27-11-2026",
        "reference": "V-2026-0042",
        "subject": "Verwijzing prenataal huisbezoek JGZ",
        "reason": "Zorgen over huisvesting en financiën; weinig steun uit de omgeving.",
        "help_question": "Ik wil graag hulp bij het vinden van een eigen woning voor de baby komt.",
        "professionals": "Huisarts: dr. Fictief (Maastricht). POH-GGZ: gesprekken sinds september.",
        "sender": LetterSender(name="Mila Verloskundige", discipline="Verloskundige", agb_code="03099999"),
        "consent_date": "20-11-2026",
        "client": LetterClient(name="Anouk de Vries", date_of_birth="12-03-1994", bsn="111222333"),
        "contact": LetterContact(address="Teststraat 1, 6211 AB Maastricht", phone="06 12345678",
                                 email="anouk@example.com", safe_contact="Alleen bellen na 18.00 uur",
                                 language="Nederlands", interpreter_needed=False),
        "pregnancy": LetterPregnancy(due_date="01-04-2027", gestational_age="21+6", gravida=1, para=0),
        "assessment": LetterAssessment(
            domains=(LetterDomain("Wonen", "urgent", ("Dakloos of dreigend dakloos",)),
                     LetterDomain("Financiën", "aandacht", ("Schulden",))),
            suggested_level="kwetsbaar", final_level="zeer kwetsbaar",
            level_reason="Combinatie van wonen en financiën met weinig steun."),
        "protective_factors": ("Betrokken zus in de buurt", "Gemotiveerd voor hulp"),
        "notes": "Cliënte heeft voorkeur voor een vrouwelijke hulpverlener.",
        "shared_parts": ("identificatie", "contactgegevens", "zwangerschapsgegevens", "gesignaleerde domeinen",
                         "beschermende factoren", "aantekeningen"),
    }
    values.update(overrides)
    return ReferralLetter(**values)  # type: ignore[arg-type]
