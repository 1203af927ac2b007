"""Why a package is refused, in Russian and English."""

from __future__ import annotations

import json

from requestdesk.domain.problems import FileProblem

_PROBLEMS: dict[str, dict[str, str]] = {
    "unreadable": {"ru": "файл не удается прочитать: {detail}", "en": "the file cannot be read: {detail}"},
    "not_zip": {
        "ru": "это не пакет запроса RequestDesk (файл не является zip-архивом)",
        "en": "this is not a RequestDesk request package (the file is not a zip archive)",
    },
    "damaged": {"ru": "пакет поврежден: {detail}", "en": "the package is damaged: {detail}"},
    "unsafe_name": {
        "ru": "в пакете недопустимое имя файла {name} (путь вне пакета, абсолютный путь, диск или обратная косая черта); пакет отклонен",
        "en": "the package holds an unsafe file name {name} (a path outside the package, an absolute path, a drive or a backslash); refused",
    },
    "unexpected_member": {"ru": "в пакете посторонний файл {name}", "en": "the package holds a file that does not belong in it: {name}"},
    "duplicate_member": {"ru": "файл {name} встречается в пакете дважды", "en": "the package holds {name} twice"},
    "too_many_members": {"ru": "в пакете слишком много файлов ({count})", "en": "the package holds too many files ({count})"},
    "missing_member": {"ru": "в пакете нет файла {name}", "en": "the package lacks {name}"},
    "encrypted": {"ru": "файл {name} в пакете зашифрован", "en": "{name} in the package is encrypted"},
    "compression": {"ru": "файл {name} сжат неизвестным способом", "en": "{name} is compressed with an unsupported method"},
    "too_large_member": {
        "ru": "файл {name} объявлен размером {size} МБ, больше допустимых {limit} МБ; пакет отклонен без чтения",
        "en": "{name} declares {size} MB, above the {limit} MB limit; refused without reading it",
    },
    "bomb": {
        "ru": "пакет похож на «zip-бомбу»: {name} распаковывается в {size} КБ из {packed} КБ; пакет отклонен",
        "en": "the package looks like a zip bomb: {name} expands to {size} KB from {packed} KB; refused",
    },
    "bomb_total": {
        "ru": "пакет похож на «zip-бомбу»: вместе файлы занимают {size} МБ, больше допустимых {limit} МБ",
        "en": "the package looks like a zip bomb: its files expand to {size} MB together, above the {limit} MB limit",
    },
    "not_a_file": {
        "ru": "это не обычный файл ({kind}), а канал, устройство или сокет; он не читается",
        "en": "this is not a regular file but a {kind} (a pipe, a device or a socket); it is not read",
    },
    "too_large_package": {
        "ru": "файл занимает {size} МБ, а пакет не бывает больше {limit} МБ; отклонен без чтения",
        "en": "the file takes {size} MB and no package is larger than {limit} MB; refused without reading it",
    },
    "prepended": {
        "ru": "перед началом пакета записаны посторонние данные ({size} байт): файл изменен или склеен с другим; пакет отклонен",
        "en": "the package has {size} bytes of foreign data before it begins: the file was altered or joined to another; refused",
    },
    "appended": {
        "ru": "после конца пакета записаны посторонние данные ({size} байт): файл изменен или склеен с другим; пакет отклонен",
        "en": "the package has {size} bytes of foreign data after its end: the file was altered or joined to another; refused",
    },
    "layout": {
        "ru": "файлы внутри пакета перекрываются или между ними есть посторонние данные (так устроены некоторые «zip-бомбы»); пакет отклонен",
        "en": "the files inside the package overlap or have foreign data between them (as some zip bombs are built); refused",
    },
    "size_field": {
        "ru": "размеры или описание файла {name} записаны в пакете по-разному (поле размера повреждено или изменено); пакет отклонен",
        "en": "the package records the size or details of {name} in two different ways (a size field was damaged or altered); refused",
    },
    "enclosure_compressed": {
        "ru": "приложенный файл {name} сжат внутри пакета, а RequestDesk хранит приложения без сжатия: пакет создан не RequestDesk; отклонен",
        "en": "the enclosed file {name} is compressed inside the package, and RequestDesk stores enclosures uncompressed: the package was not made by RequestDesk; refused",
    },
    "enclosure_type": {
        "ru": "приложение «{title}» объявлено как {declared}, но по содержимому это {found}; пакет отклонен",
        "en": "the enclosure “{title}” is declared as {declared} but its content is {found}; refused",
    },
    "enclosure_archive": {
        "ru": "приложение «{title}» — это архив ({archive}) или файл с присоединенным архивом; пакет отклонен",
        "en": "the enclosure “{title}” is an archive ({archive}) or a file with an archive joined to it; refused",
    },
    "nested": {
        "ru": "в {name} данные вложены глубже {limit} уровней; пакет отклонен",
        "en": "{name} holds data nested more than {limit} levels deep; refused",
    },
    "size_mismatch": {"ru": "размер файла {name} не совпадает с указанным в пакете", "en": "{name} is not the size the package says"},
    "manifest": {"ru": "опись пакета (manifest.json) повреждена: {detail}", "en": "the package manifest (manifest.json) is damaged: {detail}"},
    "format": {"ru": "это не пакет запроса RequestDesk (неверный формат описи)", "en": "this is not a RequestDesk request package (wrong manifest format)"},
    "newer_version": {
        "ru": "пакет создан более новой версией RequestDesk (версия формата {version}, эта программа читает {supported}); обновите программу",
        "en": "the package was made by a newer RequestDesk (format version {version}; this program reads {supported}); update the program",
    },
    "request_altered": {
        "ru": "текст запроса изменен после упаковки: request.json не совпадает с описью",
        "en": "the request was altered after packing: request.json does not match the manifest",
    },
    "request_invalid": {"ru": "в пакете не запрос: {detail}", "en": "the package does not hold a request: {detail}"},
    "request_not_packed": {
        "ru": "запрос изменен после упаковки: он отличается от записанного в описи и журнале событий",
        "en": "the request was altered after packing: it differs from the one the manifest and the event log record",
    },
    "events_altered": {
        "ru": "журнал событий изменен после упаковки: events.json не совпадает с описью",
        "en": "the event log was altered after packing: events.json does not match the manifest",
    },
    "events_invalid": {"ru": "журнал событий поврежден: {detail}", "en": "the event log is damaged: {detail}"},
    "event_missing": {"ru": "из журнала событий удалено событие {seq}", "en": "event {seq} was removed from the event log"},
    "event_unlinked": {"ru": "событие {seq} журнала не следует за предыдущим (цепочка нарушена)", "en": "event {seq} of the log does not follow the previous one (the chain is broken)"},
    "event_altered": {"ru": "событие {seq} журнала изменено", "en": "event {seq} of the log was altered"},
    "events_truncated": {
        "ru": "из конца журнала событий удалены события (в пакете {found}, по описи {expected})",
        "en": "events were removed from the end of the log ({found} in the package, the manifest says {expected})",
    },
    "review_altered": {
        "ru": "запись о проверке изменена после упаковки: review.json не совпадает с описью",
        "en": "the review record was altered after packing: review.json does not match the manifest",
    },
    "review_not_logged": {
        "ru": "запись о проверке не совпадает с журналом событий (отметки или решения изменены вне программы)",
        "en": "the review record does not match the event log (marks or decisions changed outside the program)",
    },
    "review_invalid": {"ru": "запись о проверке повреждена: {detail}", "en": "the review record is damaged: {detail}"},
    "enclosure_altered": {
        "ru": "приложение «{title}» подменено или изменено: его содержимое не совпадает с описью",
        "en": "the enclosure “{title}” was swapped or altered: its content does not match the manifest",
    },
    "not_packed": {
        "ru": "журнал событий не заканчивается записью об упаковке: события в конце журнала удалены или добавлены",
        "en": "the event log does not end with the packing record: events at its end were removed or added",
    },
    "enclosures_not_packed": {
        "ru": "приложенные файлы или их описание (имена, страницы) отличаются от записанных в журнале при упаковке",
        "en": "the enclosed files or their details (names, pages) differ from those the log recorded at packing",
    },
    "too_big_to_pack": {
        "ru": "запрос с приложениями занимает {size} МБ, а пакет вмещает не больше {limit} МБ и {count} файлов",
        "en": "the request with its files takes {size} MB; a package holds at most {limit} MB and {count} files",
    },
    "sender_unsigned": {
        "ru": "пакет не подписан: никто не подтверждает, кем он создан; пакет отклонен, ничего не записано",
        "en": "the package is not signed: nobody vouches for who made it; refused, nothing was written",
    },
    "sender_signature": {
        "ru": "подпись пакета не сходится (он изменен после подписания или подпись подделана; ключ в пакете: {holder}, {fingerprint}); пакет отклонен, ничего не записано",
        "en": "the package's signature does not verify (it was altered after it was signed, or the signature is forged; key in the package: {holder}, {fingerprint}); refused, nothing was written",
    },
    "sender_untrusted": {
        "ru": "пакет подписан ключом «{holder}» (отпечаток {fingerprint}), которого нет в списке доверенных ключей этого рабочего места; пакет отклонен, ничего не записано",
        "en": "the package is signed with the key of “{holder}” (fingerprint {fingerprint}), which is not on this workstation's list of trusted keys; refused, nothing was written",
    },
    "sender_revoked": {
        "ru": "пакет подписан ключом «{holder}» (отпечаток {fingerprint}), отозванным до подписания пакета; пакет отклонен, ничего не записано",
        "en": "the package is signed with the key of “{holder}” (fingerprint {fingerprint}), revoked before the package was signed; refused, nothing was written",
    },
    "no_sender_key": {
        "ru": "пакет подписывается личным ключом отправителя: откройте свой ключ (пароль), затем упакуйте снова",
        "en": "a package is signed with the sender's personal key: unlock yours (its passphrase), then pack again",
    },
    "id_mismatch": {"ru": "части пакета относятся к разным запросам", "en": "the parts of the package belong to different requests"},
}
_UNREADABLE = frozenset({"unreadable", "not_zip", "not_a_file", "too_large_package"})
_KINDS = {"pipe": "канал (FIFO)", "device": "устройство", "socket": "сокет", "special file": "особый файл"}
_TYPES = {
    "ru": {"application/pdf": "PDF", "image/png": "изображение PNG", "image/jpeg": "изображение JPEG", "image/tiff": "изображение TIFF",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "документ DOCX", "": "не PDF, не DOCX и не изображение"},
    "en": {"application/pdf": "a PDF", "image/png": "a PNG image", "image/jpeg": "a JPEG image", "image/tiff": "a TIFF image",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a DOCX document", "": "neither a PDF, a DOCX nor an image"},
}


class PackageError(FileProblem):
    """A package refused; message(lang) names the file and says what is wrong."""

    TEXTS = _PROBLEMS

    def value(self, name: str, value: object, lang: str) -> str:
        if name == "kind" and lang == "ru":
            return _KINDS.get(str(value), str(value))
        if name in ("declared", "found"):
            types = _TYPES.get(lang, _TYPES["en"])
            return types.get(str(value), quoted(str(value)[:80]))
        return str(value)

    @property
    def unreadable(self) -> bool:
        """The input could not be read as a package at all (as opposed to refused content)."""
        return self.problem in _UNREADABLE


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def quoted(name: str) -> str:
    # Control characters in a hostile name must not reach the terminal as they are.
    return json.dumps(name, ensure_ascii=True)
